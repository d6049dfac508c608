/** Every rule definition, in the order the docs list them. */
import buttonStyle from './button-style.js';
import boxMinHeight from './box-min-height.js';
import noBoxRestyle from './no-box-restyle.js';
import keepRequiredLinks from './keep-required-links.js';
import type { RuleDefinition } from '../lib/engine.js';

export const ruleDefinitions = [buttonStyle, boxMinHeight, noBoxRestyle, keepRequiredLinks] as unknown as RuleDefinition<never>[];
