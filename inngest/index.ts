import { scheduledFunctions } from "./functions/scheduled";
import { sendEmail } from "./functions/send-email";

export const functions = [sendEmail, ...Object.values(scheduledFunctions)];
