import type { Loader } from './loader.js';
import { kubernetes } from './kubernetes.js';
import { githubWorkflow } from './github-workflow.js';
import { githubAction } from './github-action.js';
import { dockerfile } from './dockerfile.js';
import { dockerCompose } from './docker-compose.js';
import { terraform } from './terraform.js';
import { terraformPlan } from './terraform-plan.js';
import { cloudformation } from './cloudformation.js';
import { repository } from './repository.js';
import { yaml, json } from './generic.js';

/**
 * Every input type, by name. Add one: a file in engine/loaders/ and one line here.
 * Detection order (detect.ts): loaders that claim the path, then content sniffing, then the generic ones.
 */
export const loaders = {
  'terraform-plan': terraformPlan,
  terraform,
  cloudformation,
  repository,
  kubernetes,
  'github-workflow': githubWorkflow,
  'github-action': githubAction,
  dockerfile,
  'docker-compose': dockerCompose,
  yaml,
  json,
} satisfies Record<string, Loader>;

export type InputType = keyof typeof loaders;

/** Loaders tried last, only by extension. */
export const GENERIC: readonly string[] = ['yaml', 'json'];
