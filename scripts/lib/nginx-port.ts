/**
 * The port the nginx tests serve on: NGINX_PORT, else PREVIEW_PORT + 4000 (so each worktree's own preview port
 * gives it its own nginx port), else 8321.
 */
export function nginxPort(env: Record<string, string | undefined>): number {
  if (env.NGINX_PORT) return Number(env.NGINX_PORT);
  return Number(env.PREVIEW_PORT ?? 4321) + 4000;
}
