"use client";

// The app's icons: each draws a symbol of the sprite at /icons.svg (lib/icons/sprite.ts), so a
// page carries a two-element <svg> per icon and the glyphs are fetched once and cached. They work
// in server and client components alike. An icon is hidden from assistive technology unless it is
// given a name (aria-label or aria-labelledby) or role="img".
import type { ReactElement, SVGProps } from "react";
import type { IconId } from "@/lib/icons/sprite";

export type IconProps = SVGProps<SVGSVGElement>;
export type IconComponent = ((props: IconProps) => ReactElement) & { displayName?: string };

/** Where the sprite is served (app/icons.svg/route.ts). */
const SPRITE_URL = "/icons.svg";

function icon(id: IconId, displayName: string): IconComponent {
  function SpriteIcon(props: IconProps) {
    const named = Boolean(props["aria-label"] || props["aria-labelledby"] || props.role === "img");
    // Size and stroke come from the .icon class (app/globals.css), not seven attributes per icon.
    return (
      <svg
        aria-hidden={named ? undefined : true}
        {...props}
        className={props.className ? `icon ${props.className}` : "icon"}
      >
        <use href={`${SPRITE_URL}#${id}`} />
      </svg>
    );
  }
  SpriteIcon.displayName = displayName;
  return SpriteIcon;
}

export const ArrowRight = icon("arrow-right", "ArrowRight");
export const BadgeCheck = icon("badge-check", "BadgeCheck");
export const Bell = icon("bell", "Bell");
export const BookOpen = icon("book-open", "BookOpen");
export const Bookmark = icon("bookmark", "Bookmark");
export const BookmarkX = icon("bookmark-x", "BookmarkX");
export const CalendarClock = icon("calendar-clock", "CalendarClock");
export const Check = icon("check", "Check");
export const ChevronDown = icon("chevron-down", "ChevronDown");
export const CircleAlert = icon("circle-alert", "CircleAlert");
export const CircleCheck = icon("circle-check", "CircleCheck");
export const ClipboardList = icon("clipboard-list", "ClipboardList");
export const Clock = icon("clock", "Clock");
export const Compass = icon("compass", "Compass");
export const Download = icon("download", "Download");
export const ExternalLink = icon("external-link", "ExternalLink");
export const EyeOff = icon("eye-off", "EyeOff");
export const FileText = icon("file-text", "FileText");
export const Flag = icon("flag", "Flag");
export const Globe = icon("globe", "Globe");
export const Handshake = icon("handshake", "Handshake");
export const History = icon("history", "History");
export const Inbox = icon("inbox", "Inbox");
export const Info = icon("info", "Info");
export const Languages = icon("languages", "Languages");
export const LibraryBig = icon("library-big", "LibraryBig");
export const LoaderCircle = icon("loader-circle", "LoaderCircle");
export const Lock = icon("lock", "Lock");
export const LogIn = icon("log-in", "LogIn");
export const LogOut = icon("log-out", "LogOut");
export const MailCheck = icon("mail-check", "MailCheck");
export const MapPin = icon("map-pin", "MapPin");
export const MessageSquare = icon("message-square", "MessageSquare");
export const MessagesSquare = icon("messages-square", "MessagesSquare");
export const Monitor = icon("monitor", "Monitor");
export const Moon = icon("moon", "Moon");
export const PenLine = icon("pen-line", "PenLine");
export const Pencil = icon("pencil", "Pencil");
export const Plus = icon("plus", "Plus");
export const ScrollText = icon("scroll-text", "ScrollText");
export const Search = icon("search", "Search");
export const SearchX = icon("search-x", "SearchX");
export const Send = icon("send", "Send");
export const Settings = icon("settings", "Settings");
export const Shield = icon("shield", "Shield");
export const ShieldCheck = icon("shield-check", "ShieldCheck");
export const ShieldX = icon("shield-x", "ShieldX");
export const Sparkles = icon("sparkles", "Sparkles");
export const Star = icon("star", "Star");
export const Sun = icon("sun", "Sun");
export const SunMoon = icon("sun-moon", "SunMoon");
export const ThumbsUp = icon("thumbs-up", "ThumbsUp");
export const Trash2 = icon("trash-2", "Trash2");
export const TriangleAlert = icon("triangle-alert", "TriangleAlert");
export const Undo2 = icon("undo-2", "Undo2");
export const UserPlus = icon("user-plus", "UserPlus");
export const UserRound = icon("user-round", "UserRound");
export const Users = icon("users", "Users");
export const X = icon("x", "X");
