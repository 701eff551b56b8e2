import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('health-jargon');
