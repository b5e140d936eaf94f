/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const decisionKeys = {
  lists: (township: string) => ['major-decisions', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['major-decisions', township, 'list', params] as const,
  detail: (township: string, id: string) => ['major-decisions', township, 'detail', id] as const,
};
