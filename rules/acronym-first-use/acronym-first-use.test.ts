import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('acronym-first-use');
