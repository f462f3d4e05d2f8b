export * from './broker';
export * from './messaging.entities';
export * from './outbox';
export * from './outbox-relay';
export * from './event-consumer';
export * from './kafka/kafka-broker';
export * from './in-process/in-process-broker';
export * from './nest/event-transport';
export { MessagingTables1763800000000 } from './messaging.migration';
