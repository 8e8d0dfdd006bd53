import { boot } from '../boot';
import { Popup } from './Popup';

void boot((settings) => <Popup settings={settings} />);
