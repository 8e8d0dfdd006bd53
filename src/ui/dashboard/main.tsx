import { boot } from '../boot';
import { Dashboard } from './Dashboard';

void boot(() => <Dashboard />);
