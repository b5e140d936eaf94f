/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const caseKeys = {
  all: (township: string) => ['enforcement-cases', township] as const,
  lists: (township: string) => ['enforcement-cases', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['enforcement-cases', township, 'list', params] as const,
  detail: (township: string, id: string) => ['enforcement-cases', township, 'detail', id] as const,
};
