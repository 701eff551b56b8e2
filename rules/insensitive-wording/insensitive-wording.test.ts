import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('insensitive-wording');
