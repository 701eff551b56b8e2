import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('latin-abbreviations');
