import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('missing-information');
