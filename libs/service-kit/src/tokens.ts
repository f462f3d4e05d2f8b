export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const OBJECT_STORE = Symbol('OBJECT_STORE');
