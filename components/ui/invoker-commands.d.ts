import "react";

// HTML's Invoker Commands (a button opens or closes a dialog without JavaScript), which React's
// types do not list yet; React passes the lowercase attributes through.
declare module "react" {
  interface ButtonHTMLAttributes<T> extends HTMLAttributes<T> {
    commandfor?: string;
    command?: "show-modal" | "close" | "request-close";
  }
}
