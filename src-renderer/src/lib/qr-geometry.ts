/** Modules of light border around a QR code, as the QR spec asks (shared by the plate and the code). */
export const QR_QUIET_ZONE = 4;
