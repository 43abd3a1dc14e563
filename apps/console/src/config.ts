/** Where the GraphQL API lives, fixed at build time (VITE_API_URL). */
export const API_URL: string = ((import.meta.env['VITE_API_URL'] as string | undefined) || 'http://localhost:3000').replace(/\/+$/, '');
export const GRAPHQL_URL = `${API_URL}/graphql`;
