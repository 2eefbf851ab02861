import type { KindModule } from './define.js';
import { handlingsplanModule } from './handlingsplan/rules.js';
import { prosjektplanModule } from './prosjektplan/rules.js';

/** The package's own kinds' rules modules, by the name kind.yaml gives them: `module: plan:<name>`. */
export const BUILTIN_MODULES: Readonly<Record<string, () => KindModule>> = {
  handlingsplan: () => handlingsplanModule,
  prosjektplan: () => prosjektplanModule,
};
