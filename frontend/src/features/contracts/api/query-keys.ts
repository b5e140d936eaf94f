/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const contractKeys = {
  lists: (township: string) => ['contracts', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['contracts', township, 'list', params] as const,
  detail: (township: string, id: string) => ['contracts', township, 'detail', id] as const,
};
