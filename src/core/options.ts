// The options of a delivery, shared by every front-end: the table (kinds, choices, bounds,
// defaults), the reader that checks values by it, and the delivery's settings read through it.
// One module per job, named here together for the rest of the code.
export {
  deliveryOptions,
  readDeliverySettings,
  type DeliverySettings,
  type FrontEndDefaults,
  type IfNoFilesFound
} from './delivery-settings.js'
export { optionReader, type OptionReader, type OptionSource } from './option-reader.js'
export {
  defaultOf,
  EXPIRATION_DAYS_BOUND,
  MAX_TIMER_MS,
  OPTIONS,
  SECRET_OPTIONS,
  TIMEOUT_BOUND,
  type NumberBound,
  type OptionKind,
  type OptionName,
  type OptionSpec,
  type OptionTable
} from './option-table.js'
export { InputError, isLoopbackHost, parseAddresses, parseServerUrl } from './option-values.js'
