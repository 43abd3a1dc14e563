import { Navigate } from 'react-router-dom';
import { Loading } from 'react-admin';
import { homePathFor } from '../access';
import { useRole } from '../common/useRole';

/** "/" sends reps to their queue and leaders to the dashboard. */
export function Home() {
  const role = useRole();
  if (!role) return <Loading />;
  return <Navigate to={homePathFor(role)} replace />;
}
