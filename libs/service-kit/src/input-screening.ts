import { ApolloServerPlugin } from '@apollo/server';
import { badInput, hasForbiddenCharacter } from '@carta/domain';
import { ArgumentNode, BREAK, DocumentNode, Kind, ValueNode, visit } from 'graphql';
import { refusal } from './graphql-errors';

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** A caller's object key as a path segment: a schema name as it is, anything else never echoed. */
const segment = (key: string): string => (NAME.test(key) ? key : '?');

/** The path of the first string in a JSON value (request variables) with a forbidden character. */
export function forbiddenCharacterIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = forbiddenCharacterIn(item, `${path}.${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = forbiddenCharacterIn(item, `${path}.${segment(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

function forbiddenCharacterInLiteral(value: ValueNode, path: string): string | undefined {
  switch (value.kind) {
    case Kind.STRING:
      return hasForbiddenCharacter(value.value) ? path : undefined;
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const found = forbiddenCharacterInLiteral(item, `${path}.${index}`);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = forbiddenCharacterInLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The path of the first argument literal (field or directive argument, or variable default) in the
 * document with a forbidden character, e.g. `openCase.input.patient.givenName`.
 */
export function forbiddenCharacterInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const inArguments = (owner: string, args: readonly ArgumentNode[] | undefined) => {
    for (const arg of args ?? []) {
      found = forbiddenCharacterInLiteral(arg.value, `${owner}.${arg.name.value}`);
      if (found) return BREAK;
    }
    return undefined;
  };
  visit(document, {
    Field: (node) => inArguments(node.name.value, node.arguments),
    Directive: (node) => inArguments(`@${node.name.value}`, node.arguments),
    VariableDefinition: (node) => {
      found = node.defaultValue && forbiddenCharacterInLiteral(node.defaultValue, `$${node.variable.name.value}`);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/** Where a request's arguments or variables hold a forbidden character, if anywhere. */
export function forbiddenCharacterInRequest(document: DocumentNode, variables: Record<string, unknown> | undefined): string | undefined {
  const literal = forbiddenCharacterInDocument(document);
  if (literal) return literal;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = forbiddenCharacterIn(value, `$${segment(name)}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses, before any resolver runs, an operation whose arguments or variables (nested input
 * objects and lists included) hold a control character or a lone surrogate: BAD_USER_INPUT naming
 * the path, never the value.
 */
export function refuseControlCharacters(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field = forbiddenCharacterInRequest(document, request.variables);
          // 200, like any refusal from a resolver, so that the gateway passes it on with its code.
          if (field) throw refusal(badInput(`${field}: must not contain control characters`, { field }), 200);
        },
      };
    },
  };
}
