// What a GraphQL document will cost, decided before any resolver runs: list fields multiply what they select by how
// many rows they may return (`first`), and fields that call out per row (the lead's live workflow state is a Temporal
// query) cost what they cost. A document over the budget is refused with its figure; aliases count like any field.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Cost of one row's field that does more than read a column: Type.field → cost. */
export const FIELD_COSTS: Record<string, number> = {
  'Lead.workflowState': 100, // a Temporal query per lead
  'Lead.timeline': 10,
  'Lead.classification': 3,
  'Lead.owner': 2,
};

/** Rows a list returns when `first` is not given (the resolvers' defaults), and for lists without `first`. */
const DEFAULT_ROWS: Record<string, number> = { 'Query.leads': 25, 'Query.myQueue': 50 };
// Lists without `first` are small by construction (reps of a team, a lead's breaches on the SLA board, a profile's
// services): a modest multiplier keeps nested ones (slaBoard → breached / atRisk) affordable and still counts them.
const UNPAGED_LIST_ROWS = 5;

export const DEFAULT_COST_BUDGET = 5000;

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** Connections (`leads`, `myQueue`) carry their rows in `nodes`: that list takes the connection's `first`. */
function estimator(): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection (on outside production only) describes the schema, it reads no data.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const key = `${type.name}.${field.name}`;
    const own = FIELD_COSTS[key] ?? 1;
    const first = typeof args['first'] === 'number' ? args['first'] : DEFAULT_ROWS[key];
    if (first !== undefined) return own + Math.max(first, 1) * childComplexity;
    if (field.name === 'nodes' && getNamedType(type).name.endsWith('Connection')) return own + childComplexity; // rows counted by the connection's `first`
    if (isList(field.type)) return own + UNPAGED_LIST_ROWS * childComplexity;
    return own + childComplexity;
  };
}

/** Apollo plugin: measures each operation once it is parsed and validated, refuses it over `budget`. */
export function costLimitPlugin(budget: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, operationName: request.operationName, query: document, variables: request.variables ?? {}, estimators: [estimator()] });
          } catch {
            return; // variables that do not fit their types: execution refuses them next, naming the variable, before any resolver
          }
          if (cost > budget) {
            throw new GraphQLError(
              `Query costs ${cost}; the limit is ${budget} (lists count their fields once per row asked for with \`first\`; workflowState costs ${FIELD_COSTS['Lead.workflowState']} per lead)`,
              { extensions: { code: 'BAD_USER_INPUT', cost, budget, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
