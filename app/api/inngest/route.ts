import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// In production (no INNGEST_DEV) the SDK refuses requests without a valid INNGEST_SIGNING_KEY signature.
export const { GET, POST, PUT } = serve({ client: inngest(), functions });
