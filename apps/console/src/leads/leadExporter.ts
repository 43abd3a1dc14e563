import { downloadCSV, type Exporter } from 'react-admin';
import type { Lead } from '../dataProvider/api';
import { leadsCsv } from './leadsCsv';

/** The lead list's export button: our columns, formulas neutralised (leadsCsv). */
export const leadExporter: Exporter<Lead> = (leads) => downloadCSV(leadsCsv(leads), 'leads');
