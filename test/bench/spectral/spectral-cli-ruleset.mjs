/** The benchmark ruleset as the Spectral CLI loads it (`spectral lint -r`): a default export only. */
import { k8sRuleset } from './k8s-ruleset.mjs';

export default k8sRuleset;
