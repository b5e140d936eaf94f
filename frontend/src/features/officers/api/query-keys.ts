/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const officerKeys = {
  all: (township: string) => ['officers', township] as const,
  lists: (township: string) => ['officers', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['officers', township, 'list', params] as const,
  detail: (township: string, id: string) => ['officers', township, 'detail', id] as const,
};
