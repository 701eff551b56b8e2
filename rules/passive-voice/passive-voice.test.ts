import { ruleSuite } from '../../tests/helpers/rule-suite.js';

ruleSuite('passive-voice');
