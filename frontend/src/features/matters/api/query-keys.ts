/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const matterKeys = {
  all: (township: string) => ['enforcement-matters', township] as const,
  lists: (township: string) => ['enforcement-matters', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['enforcement-matters', township, 'list', params] as const,
  detail: (township: string, id: string) =>
    ['enforcement-matters', township, 'detail', id] as const,
};
