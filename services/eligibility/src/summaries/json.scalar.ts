import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ValueNode } from 'graphql';

/** The SDL's `JSON`: a summary fact travels as the domain's own JSON, checked whole by parseSummaryFact. */
@Scalar('JSON')
export class JsonScalar implements CustomScalar<unknown, unknown> {
  description = GraphQLJSON.description ?? 'JSON';
  parseValue(value: unknown): unknown {
    return GraphQLJSON.parseValue(value);
  }
  serialize(value: unknown): unknown {
    return GraphQLJSON.serialize(value);
  }
  parseLiteral(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
    return GraphQLJSON.parseLiteral(ast, variables);
  }
}
