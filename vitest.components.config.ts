import { getViteConfig } from 'astro/config';

/** Component tests: Astro components rendered to HTML with the container API, through Astro's own Vite setup. */
export default getViteConfig({ test: { include: ['tests/components/**/*.test.ts'], environment: 'node' } });
