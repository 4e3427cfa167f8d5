// The icon sprite: every icon the app shows, as <symbol>s of one SVG file served at /icons.svg
// (app/icons.svg/route.ts). Pages draw an icon as <svg><use href="/icons.svg#id"/></svg>
// (components/ui/icons.tsx), so its paths travel once per browser instead of in every page's HTML,
// and the server renders two elements per icon instead of running lucide-react's component
// (docs/decisions/010-performance.md). The glyphs come from lucide, lucide-react's own icon data.
import { createHash } from "node:crypto";
import {
  ArrowRight,
  BadgeCheck,
  Bell,
  BookmarkX,
  Bookmark,
  BookOpen,
  CalendarClock,
  Check,
  ChevronDown,
  CircleAlert,
  CircleCheck,
  ClipboardList,
  Clock,
  Compass,
  Download,
  ExternalLink,
  EyeOff,
  FileText,
  Flag,
  Globe,
  Handshake,
  History,
  Inbox,
  Info,
  Languages,
  LibraryBig,
  LoaderCircle,
  Lock,
  LogIn,
  LogOut,
  MailCheck,
  MapPin,
  MessageSquare,
  MessagesSquare,
  Monitor,
  Moon,
  PenLine,
  Pencil,
  Plus,
  ScrollText,
  Search,
  SearchX,
  Send,
  Settings,
  Shield,
  ShieldCheck,
  ShieldX,
  Sparkles,
  Star,
  Sun,
  SunMoon,
  ThumbsUp,
  Trash2,
  TriangleAlert,
  Undo2,
  UserPlus,
  UserRound,
  Users,
  X,
  type IconNode,
} from "lucide";

/** Symbol ids (lucide's own names) and their glyphs. */
export const spriteIcons = {
  "arrow-right": ArrowRight,
  "badge-check": BadgeCheck,
  bell: Bell,
  "book-open": BookOpen,
  bookmark: Bookmark,
  "bookmark-x": BookmarkX,
  "calendar-clock": CalendarClock,
  check: Check,
  "chevron-down": ChevronDown,
  "circle-alert": CircleAlert,
  "circle-check": CircleCheck,
  "clipboard-list": ClipboardList,
  clock: Clock,
  compass: Compass,
  download: Download,
  "external-link": ExternalLink,
  "eye-off": EyeOff,
  "file-text": FileText,
  flag: Flag,
  globe: Globe,
  handshake: Handshake,
  history: History,
  inbox: Inbox,
  info: Info,
  languages: Languages,
  "library-big": LibraryBig,
  "loader-circle": LoaderCircle,
  lock: Lock,
  "log-in": LogIn,
  "log-out": LogOut,
  "mail-check": MailCheck,
  "map-pin": MapPin,
  "message-square": MessageSquare,
  "messages-square": MessagesSquare,
  monitor: Monitor,
  moon: Moon,
  "pen-line": PenLine,
  pencil: Pencil,
  plus: Plus,
  "scroll-text": ScrollText,
  search: Search,
  "search-x": SearchX,
  send: Send,
  settings: Settings,
  shield: Shield,
  "shield-check": ShieldCheck,
  "shield-x": ShieldX,
  sparkles: Sparkles,
  star: Star,
  sun: Sun,
  "sun-moon": SunMoon,
  "thumbs-up": ThumbsUp,
  "trash-2": Trash2,
  "triangle-alert": TriangleAlert,
  "undo-2": Undo2,
  "user-plus": UserPlus,
  "user-round": UserRound,
  users: Users,
  x: X,
} satisfies Record<string, IconNode>;

export type IconId = keyof typeof spriteIcons;

const escapeAttr = (value: string | number) =>
  String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function element([tag, attrs]: IconNode[number]): string {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(value as string | number)}"`)
    .join("");
  return `<${tag}${attributes}/>`;
}

/** The sprite document: one <symbol> per icon, with lucide's 24×24 view box. */
export function spriteSvg(): string {
  const symbols = Object.entries(spriteIcons).map(
    ([id, node]) =>
      `<symbol id="${id}" viewBox="0 0 24 24">${(node as IconNode).map(element).join("")}</symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`;
}

let cached: { body: string; etag: string } | null = null;

/** The sprite and its ETag, built once per process. */
export function sprite(): { body: string; etag: string } {
  if (!cached) {
    const body = spriteSvg();
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    cached = { body, etag };
  }
  return cached;
}
