import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('outdated-terms');
