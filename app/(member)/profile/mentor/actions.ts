"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { addCaseRecord, updateCaseRecord, upsertMentorProfile } from "@/lib/mentors/mutations";
import {
  caseRecordSchema,
  deleteCaseRecordFormSchema,
  mentorProfileSchema,
  updateCaseRecordFormSchema,
} from "@/lib/mentors/schemas";
import { deleteCaseRecordWithEvidence, deleteEvidence } from "@/lib/verification/mutations";
import { deleteEvidenceSchema } from "@/lib/verification/schemas";

export const saveMentorProfileAction = userAction(mentorProfileSchema, async (data, user) => {
  const { created } = await upsertMentorProfile(user, data);
  revalidate.mentorProfile();
  return {
    status: "success",
    message: created
      ? "Your mentor profile is saved. Now add the case you went through."
      : "Your mentor profile is saved.",
  };
});

export const addCaseRecordAction = userAction(caseRecordSchema, async (data, user) => {
  await addCaseRecord(user, data);
  revalidate.mentorProfile();
  redirect("/profile/mentor?saved=added");
});

export const updateCaseRecordAction = userAction(
  updateCaseRecordFormSchema,
  async ({ id, ...data }, user) => {
    const { backToUnverified } = await updateCaseRecord(user, id, data);
    revalidate.mentorProfile();
    redirect(`/profile/mentor?saved=${backToUnverified ? "unverified" : "updated"}`);
  },
);

export const deleteCaseRecordAction = userAction(
  deleteCaseRecordFormSchema,
  async ({ id }, user) => {
    await deleteCaseRecordWithEvidence(user, id);
    revalidate.mentorProfile();
    return { status: "success", message: "The case record is deleted." };
  },
);

export const deleteEvidenceAction = userAction(deleteEvidenceSchema, async ({ fileId }, user) => {
  await deleteEvidence(user, fileId);
  revalidate.verification();
  return { status: "success", message: "The file is deleted." };
});
