export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const OBJECT_STORE = Symbol('OBJECT_STORE');
/** The state of the service's consumer groups (BackgroundJoins.state), for `/health`. */
export const CONSUMER_STATE = Symbol('CONSUMER_STATE');
