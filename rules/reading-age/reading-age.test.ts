import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('reading-age');
