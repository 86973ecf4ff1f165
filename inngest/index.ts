import { abandonOnboarding } from "./functions/abandon-onboarding";
import { requeueEmails } from "./functions/requeue-emails";
import { sendEmail } from "./functions/send-email";

export const functions = [sendEmail, requeueEmails, abandonOnboarding];
