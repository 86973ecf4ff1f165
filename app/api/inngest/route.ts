import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// Outside the dev mode the SDK refuses requests without a valid INNGEST_SIGNING_KEY signature; lib/env.ts
// refuses to start production with the dev mode on.
export const { GET, POST, PUT } = serve({ client: inngest(), functions });
