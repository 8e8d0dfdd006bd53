export const openapi = (version: string) => ({
  openapi: '3.1.0',
  info: { title: 'Simak team server', version },
  paths: {},
});
