/** Query keys; a list's key holds its params as they are (the list module owns their type: no import cycle). */
export const documentKeys = {
  all: (township: string) => ['normative-documents', township] as const,
  lists: (township: string) => ['normative-documents', township, 'list'] as const,
  list: <Params extends object>(township: string, params: Params) =>
    ['normative-documents', township, 'list', params] as const,
  detail: (township: string, id: string) =>
    ['normative-documents', township, 'detail', id] as const,
  cleanUps: (township: string) => ['normative-documents', township, 'clean-ups'] as const,
  cleanUpList: <Params extends object>(township: string, params: Params) =>
    ['normative-documents', township, 'clean-ups', 'list', params] as const,
  cleanUp: (township: string, id: string) =>
    ['normative-documents', township, 'clean-ups', 'detail', id] as const,
};
