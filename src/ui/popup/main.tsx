import { boot } from '../boot';
import { prefetchFirstPage } from './ComplaintLog';
import { Popup } from './Popup';

prefetchFirstPage();
void boot((settings) => <Popup settings={settings} />);
