import { GraphQLError, Kind, type ASTVisitor, type ValidationContext, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';

/** Refuses queries nested deeper than `maxDepth` or selecting more than `maxFields` fields in all (a cost bound). */
export function queryLimits(maxDepth: number, maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    let fields = 0;
    const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let deepest = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          fields++;
          if (!sel.name.value.startsWith('__')) deepest = Math.max(deepest, walk(sel.selectionSet, depth + 1, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, walk(sel.selectionSet, depth, seen));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          deepest = Math.max(deepest, walk(frag?.selectionSet, depth, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const isIntrospection = node.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
        if (isIntrospection) return;
        fields = 0;
        const depth = walk(node.selectionSet, 0, new Set());
        if (depth > maxDepth) context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, { extensions: { code: 'BAD_USER_INPUT' } }));
        if (fields > maxFields) context.reportError(new GraphQLError(`Query selects ${fields} fields; the limit is ${maxFields}`, { extensions: { code: 'BAD_USER_INPUT' } }));
      },
    };
  };
}
