/**
 * Before every renderer test file: the QR encoder chunk is loaded, as main.tsx has it loaded
 * in the app long before a card is drawn (qr-code-pending.test.tsx covers the moment before).
 */
import { loadQrEncoder } from '../lib/qr-encoder';

await loadQrEncoder();
