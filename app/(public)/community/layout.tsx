// Readable signed out and signed in: framed like every public page a member may also read.
export { PublicFrame as default } from "@/components/shell/public-frame";
