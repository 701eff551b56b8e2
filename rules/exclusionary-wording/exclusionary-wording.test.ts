import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('exclusionary-wording');
