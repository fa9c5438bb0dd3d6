import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Names of the fields selected directly under the current field, through fragments too. */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => visit(node.selectionSet));
  return names;
}
