import { Create, Edit, SimpleForm } from 'react-admin';
import { RoutingRuleInputs } from './RoutingRuleInputs';

export const RoutingRuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <RoutingRuleInputs />
    </SimpleForm>
  </Edit>
);

export const RoutingRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ enabled: true, strategy: 'ROUND_ROBIN', conditions: {}, repIds: [] }}>
      <RoutingRuleInputs />
    </SimpleForm>
  </Create>
);
