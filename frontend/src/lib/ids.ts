const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record id the API made up (a UUID) rather than a number people use (文号, 合同编号): worth a link,
 * not worth showing.
 */
export function isOpaqueId(value: string | null | undefined): boolean {
  return Boolean(value && UUID.test(value));
}
