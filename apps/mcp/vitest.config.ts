import { baseConfig } from '@mgi-stories/vitest-config';

export default baseConfig;
