import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('wall-of-text');
