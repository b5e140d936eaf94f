/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const reviewKeys = {
  all: (township: string) => ['legality-reviews', township] as const,
  lists: (township: string) => ['legality-reviews', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['legality-reviews', township, 'list', params] as const,
  detail: (township: string, id: string) => ['legality-reviews', township, 'detail', id] as const,
  statistics: (township: string, year: number) =>
    ['legality-reviews', township, 'statistics', year] as const,
};
